from .cli import main

if __name__ == "__main__":  # a worker process started by spawn or forkserver imports this module: no CLI run there
    main()
