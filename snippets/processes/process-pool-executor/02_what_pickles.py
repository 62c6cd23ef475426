"""Which callables a ProcessPoolExecutor can run, and which it cannot.

The pool sends the function to a worker by pickling it, which stores only a
reference: the module and the name to look up there. Anything the worker can
find by name works; functions defined inside another function do not.
"""

import functools
from concurrent.futures import ProcessPoolExecutor


def power(base, exponent):
    return base**exponent


class Scaler:
    def __init__(self, factor):
        self.factor = factor

    def scale(self, x):
        return self.factor * x

    def __call__(self, x):
        return self.factor * x


def main():
    def nested(x):
        return x + 1

    candidates = [
        ("module-level function", power, (5, 2)),
        ("bound method", Scaler(2).scale, (5,)),
        ("functools.partial", functools.partial(power, 2), (5,)),
        ("callable instance", Scaler(3), (5,)),
        ("built-in function", abs, (-5,)),
        ("lambda", lambda x: x * 10, (5,)),
        ("nested function", nested, (5,)),
    ]

    with ProcessPoolExecutor(max_workers=2) as pool:
        for label, func, args in candidates:
            future = pool.submit(func, *args)
            try:
                print(f"{label}: ok, returned {future.result(timeout=30)}")
            except Exception as exc:  # the class depends on the version
                local = "local object" in str(exc)
                print(
                    f"{label}: failed, the error says 'local object': {local}"
                )


if __name__ == "__main__":
    main()
