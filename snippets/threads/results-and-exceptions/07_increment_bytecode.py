"""Why `counter += 1` is not one step: it compiles to several instructions.

The program disassembles a function that runs `counter += 1` and labels
each instruction that reads counter, adds, or writes counter. The
instruction names differ between Python versions (INPLACE_ADD on 3.9 and
3.10, BINARY_OP on 3.11 and later), so the program prints only what holds
on all of them: the read, the addition and the write are three separate
instructions, in that order. Nothing in the language stops another thread
from running between them.
"""

import dis

# test: output=exact

counter = 0


def increment():
    global counter
    counter += 1


def steps(func):
    labels = []
    for ins in dis.get_instructions(func):
        if ins.opname.startswith("LOAD") and ins.argval == "counter":
            labels.append("read counter")
        elif ins.opname.startswith("STORE") and ins.argval == "counter":
            labels.append("write counter")
        elif "ADD" in ins.opname or ins.argrepr == "+=":
            labels.append("add")
    return labels


def main():
    labels = steps(increment)
    print(f"counter += 1: {' -> '.join(labels)}")
    print(f"separate instructions: {len(labels)}")


if __name__ == "__main__":
    main()
