"""How much of a later sentence the base already says (compare/echo.py)."""

import os
import subprocess
import sys

SCRIPT = """
from compare.echo import EchoIndex
base = ["The harbour board should keep the ferry tolls low for the island towns.",
        "Ferry crews, dock pilots and tug captains deserve steady wages and safer moorings.",
        "A toll on the canal would burden fishermen, farmers, traders and island schools alike."]
index = EchoIndex.build(base)
later = "Island towns, fishermen, pilots and schools all need low tolls, safer moorings and steady ferry wages."
print(repr(index.echo(later)), [repr(x) for x in index.held(later, [set(b.lower().split()) for b in base])])
"""


def test_echo_is_the_same_whatever_the_processs_string_hashes():
    # a set's order follows the string hashes, which Python seeds anew in every process; summed in another order,
    # the weights can differ in the last bit, enough to move a claim across a bin edge of the learned judge
    outputs = {subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True,
                              env=dict(os.environ, PYTHONHASHSEED=str(seed))).stdout for seed in range(12)}
    assert len(outputs) == 1
