"""A Manager's dict is shared, but a list stored inside it is a copy.

Manager() starts a server process that owns the real objects; the dict you
get is a proxy that sends every operation to the server. d["log"] returns a
copy of the stored list, so appending to it changes only the copy. Read the
value, change it, and assign it back.
"""

import multiprocessing


def record(d, who):
    d["log"].append(who)  # appends to a local copy: lost
    log = d["log"]
    log.append(who)
    d["log"] = log  # assigning through the proxy reaches the server
    d[who] = "done"


def main():
    with multiprocessing.Manager() as manager:
        d = manager.dict(log=[])
        child = multiprocessing.Process(target=record, args=(d, "child"))
        child.start()
        child.join(timeout=10)
        record(d, "parent")
        print(f"log: {d['log']}")
        print(f"keys: {sorted(d.keys())}")
        print(f"a plain copy: {type(d.copy()).__name__}")


if __name__ == "__main__":
    main()
