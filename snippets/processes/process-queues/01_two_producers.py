"""Two processes put results on one multiprocessing.Queue.

The article's queue example, bounded and with its comment fixed. Each child
puts one list; the parent takes two items off the queue before it joins the
children. Which child finishes first changes from run to run, so the parent
sorts what it received before printing it.
"""

import multiprocessing


def first(q):
    q.put([1, None, "hello"])


def second(q):
    q.put([2, None, "hello"])


def main():
    q = multiprocessing.Queue()
    children = [
        multiprocessing.Process(target=first, args=(q,)),
        multiprocessing.Process(target=second, args=(q,)),
    ]
    for child in children:
        child.start()

    # Read first, join afterwards. get() has a timeout, so a child that
    # crashes before putting anything makes the program fail, not hang.
    received = [q.get(timeout=10) for _ in children]
    for child in children:
        child.join(timeout=10)

    for item in sorted(received):
        print(item)
    print(f"exit codes: {[child.exitcode for child in children]}")


if __name__ == "__main__":
    main()
