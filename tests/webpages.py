"""Saved article pages, generated: one article wrapped in the boilerplate real sites put around it.

Each template marks up the same article differently (HTML5 landmarks, bare divs, a WordPress-style
blog) and surrounds it with a menu, a cookie banner, share buttons, related links, a newsletter box
and a footer. The tests know which sentences are the article's and which are boilerplate.
"""

from __future__ import annotations

TITLE = "Rethinking the Alliance"
SITE = "Think Tank"
AUTHOR = "Jane Doe"
DATE = "2019-03-04"

# (heading, paragraphs); '<br>' marks a line break typed inside a paragraph, mid-sentence.
SECTIONS = [
    (None, ["The alliance faces its hardest test in decades. Leaders in both capitals must decide what they "
            "want from it, and they must decide soon."]),
    ("A Changing Balance", [
        "China's military spending has grown every year since 2000. Its navy is now the largest in the "
        "region, and the allies have not<br>kept pace with it.",
        "Japan should raise its defense budget to two percent of output. The United States should keep its "
        "forces in Okinawa and widen their joint exercises.",
    ]),
    ("What Comes Next", [
        "Trade will decide the alliance's future as much as arms. A new economic dialogue between Tokyo and "
        "Washington is overdue, and it should start this year.",
    ]),
]

MENU = ["Home", "Research", "Experts", "Events", "About Us", "Donate"]
COOKIE = ("We use cookies to improve your experience on our website. By continuing to browse, you agree to "
          "our use of cookies.")
SHARE = ["Share this:", "Twitter", "Facebook", "LinkedIn", "Email"]
RELATED = ["Why the Pacific Still Matters to Washington.", "Five Lessons From the Trade War.",
           "The Case for a New Security Treaty."]
NEWSLETTER = "Sign up for our newsletter. Get our latest analysis delivered to your inbox every week."
FOOTER = ["\u00a9 2019 Think Tank. All rights reserved.",
          "Think Tank is an independent, nonpartisan research organization based in Washington.",
          "Privacy Policy", "Terms of Use"]
COMMENTS = ["Great piece, but the author ignores the cost of new bases. Who will pay for them?",
            "I disagree with the second section. The navy comparison is misleading."]
BOILERPLATE = [*MENU, COOKIE, *SHARE, *RELATED, NEWSLETTER, *FOOTER, *COMMENTS]


def content_sentences() -> list[str]:
    """The article's sentences as a reader sees them: a <br> inside a sentence is a space."""
    from corpus.sentences import split_sentences

    found = []
    for _, paragraphs in SECTIONS:
        for paragraph in paragraphs:
            text = paragraph.replace("<br>", " ")
            found += [text[a:b] for a, b in split_sentences(text)]
    return found


def _article_body(heading_tag: str = "h2") -> str:
    parts = []
    for heading, paragraphs in SECTIONS:
        if heading:
            parts.append(f"<{heading_tag}>{heading}</{heading_tag}>")
        parts += [f"<p>{paragraph}</p>" for paragraph in paragraphs]
        if heading == "A Changing Balance":  # share buttons in the middle of the article, as many sites do
            parts.append('<div class="share-buttons">' + " ".join(f'<a href="#">{s}</a>' for s in SHARE) + "</div>")
    return "\n".join(parts)


def _links(items: list[str]) -> str:
    return "".join(f'<li><a href="/{n}">{item}</a></li>' for n, item in enumerate(items))


def semantic() -> str:
    """HTML5 landmarks, date and author in meta tags, the site's name after the title."""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | {SITE}</title>
<meta property="og:site_name" content="{SITE}">
<meta name="author" content="{AUTHOR}">
<meta property="article:published_time" content="{DATE}T09:00:00Z">
</head><body>
<div id="cookie-banner" class="cookie-consent"><p>{COOKIE}</p><button>Accept</button></div>
<header><nav><ul>{_links(MENU)}</ul></nav></header>
<main><article>
<h1>{TITLE}</h1>
<p class="byline">By {AUTHOR}</p>
{_article_body()}
</article>
<aside class="related"><h3>Related Analysis</h3><ul>{_links(RELATED)}</ul></aside>
<section class="newsletter"><p>{NEWSLETTER}</p><form><input type="email"><button>Subscribe</button></form></section>
</main>
<footer>{"".join(f"<p>{line}</p>" for line in FOOTER)}</footer>
</body></html>
"""


def div_soup() -> str:
    """No landmarks, only divs with class names; date and author only in the visible byline;
    the site's name before the title."""
    return f"""<html><head><title>{SITE} - {TITLE}</title></head><body>
<div id="top"><div class="menu">{" ".join(f'<a href="/{n}">{m}</a>' for n, m in enumerate(MENU))}</div></div>
<div class="wrapper">
<div class="content">
<div class="post-title"><h1>{TITLE}</h1></div>
<div class="byline">By {AUTHOR} | March 4, 2019</div>
<div class="post-body">
{_article_body()}
</div>
</div>
<div class="sidebar"><div class="widget"><h4>Related</h4><ul>{_links(RELATED)}</ul></div>
<div class="widget newsletter">{NEWSLETTER}</div></div>
</div>
<div id="footer">{"<br>".join(FOOTER)}</div>
<div class="cookie-notice" style="position: fixed; bottom: 0">{COOKIE} <a href="#">OK</a></div>
</body></html>
"""


def blog() -> str:
    """A WordPress-style post: entry-content, a sharing block, related posts, readers' comments, a <time>."""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{TITLE} \u2013 {SITE}</title>
<meta name="generator" content="WordPress 6.4"></head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title">{SITE}</p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{_links(MENU)}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-42" class="post-42 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{TITLE}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="{DATE}T09:00:00+00:00">March 4, 2019</time></span>
<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/jane">{AUTHOR}</a></span></span></div></header>
<div class="entry-content">
{_article_body("h3")}
</div>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>{_links(SHARE[1:])}</ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Related</h3>{"".join(f'<p class="jp-relatedposts-post">{r}</p>' for r in RELATED)}</div>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on \u201c{TITLE}\u201d</h2>
<ol class="comment-list">{"".join(f'<li class="comment"><article class="comment-body"><footer class="comment-meta">Reader {n} says:</footer><div class="comment-content"><p>{c}</p></div></article></li>' for n, c in enumerate(COMMENTS))}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3>
<form id="commentform"><p class="comment-notes">Your email address will not be published.</p><textarea></textarea></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Newsletter</h2><p>{NEWSLETTER}</p></section></aside>
</div>
<footer id="colophon" class="site-footer">{"".join(f"<p>{line}</p>" for line in FOOTER)}</footer>
<div id="cookie-law-info-bar">{COOKIE} <a role="button">Accept</a></div>
</div></body></html>
"""


TEMPLATES = {"semantic": semantic, "div-soup": div_soup, "blog": blog}
