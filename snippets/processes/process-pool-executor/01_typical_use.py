"""The three ways to hand work to a ProcessPoolExecutor: map, submit, callback.

Each task counts the primes below a limit, real CPU work that a process pool
can spread over several cores. map() returns results in input order, submit()
returns a Future, and add_done_callback() runs a function in the parent when
a Future finishes.
"""

from concurrent.futures import ProcessPoolExecutor


def count_primes(limit):
    """Count the primes below limit by trial division (deliberately slow)."""
    count = 0
    for n in range(2, limit):
        if all(n % d for d in range(2, int(n**0.5) + 1)):
            count += 1
    return count


def main():
    limits = [1_000, 2_000, 5_000, 10_000]
    got = []

    with ProcessPoolExecutor(max_workers=2) as pool:
        # map: a parallel version of the built-in map(), results in input order
        results = list(pool.map(count_primes, limits, timeout=30))
        print(f"map: {results}")

        # submit: one call, one Future; result() waits (here at most 30 s)
        future = pool.submit(count_primes, 20_000)
        print(f"submit: {future.result(timeout=30)}")

        # callback: runs in the parent once the Future is done
        future = pool.submit(count_primes, 30_000)
        future.add_done_callback(lambda f: got.append(f.result()))

    # Leaving the block waited for all work, callbacks included.
    print(f"callback: {got}")
    serial = list(map(count_primes, limits))
    print(f"same as the serial map(): {results == serial}")


if __name__ == "__main__":
    main()
