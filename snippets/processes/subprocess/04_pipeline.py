"""Connect two programs with a pipe, like producer | consumer in a shell.

A pipe has a read end and a write end, and every process may hold copies
of them. The reader sees end-of-file only when every copy of the write
end is closed; the writer gets a broken pipe only when every copy of the
read end is closed. So the parent must close the copies it does not use.

1. stdout=PIPE makes the pipe, and the producer's stdout becomes the
   consumer's stdin. The parent closes its copy of the read end
   (producer.stdout). The consumer sums the numbers and prints 15.
2. A producer that never stops, like yes, and a consumer that reads one
   line and exits, like head -1. Once the consumer is gone, no read end is
   left open, so the producer's next write fails with BrokenPipeError and
   the producer stops. Had the parent kept producer.stdout open, the
   producer would block forever on a full pipe instead.
3. The parent makes the pipe itself with os.pipe() and gives the write end
   to the producer, but keeps its own copy open. The producer exits, yet
   the consumer keeps waiting: communicate() gives up after 0.5 s. When
   the parent closes its copy, the consumer sees end-of-file at once.
"""

import os
import subprocess
import sys

PRODUCER = "for i in range(1, 6): print(i)"
ENDLESS = "import os\nwhile True: os.write(1, b'spam\\n' * 1000)"
CONSUMER = "import sys; print(sum(int(line) for line in sys.stdin))"
HEAD = "import sys; print(sys.stdin.readline().strip())"


def python(code, **kwargs):
    return subprocess.Popen([sys.executable, "-c", code], **kwargs)


def main():
    # 1. The usual pipeline.
    producer = python(PRODUCER, stdout=subprocess.PIPE)
    consumer = python(
        CONSUMER, stdin=producer.stdout, stdout=subprocess.PIPE, text=True
    )
    producer.stdout.close()  # only the consumer reads from this pipe
    out, _ = consumer.communicate(timeout=5)
    producer.wait(timeout=5)
    codes = (producer.returncode, consumer.returncode)
    print(f"1. consumer printed {out.strip()}; exit codes {codes}")

    # 2. The consumer stops early.
    producer = python(
        ENDLESS,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    consumer = python(
        HEAD, stdin=producer.stdout, stdout=subprocess.PIPE, text=True
    )
    producer.stdout.close()
    out, _ = consumer.communicate(timeout=5)
    _, err = producer.communicate(timeout=5)
    print(f"2. consumer printed {out.strip()}; exit codes", end=" ")
    print(f"{(producer.returncode, consumer.returncode)}")
    print(f"2. producer's last line of stderr: {err.splitlines()[-1]}")

    # 3. A pipe made with os.pipe(): the parent holds a write end.
    read_end, write_end = os.pipe()
    producer = python(PRODUCER, stdout=write_end)
    consumer = python(
        CONSUMER, stdin=read_end, stdout=subprocess.PIPE, text=True
    )
    os.close(read_end)  # only the consumer reads
    producer.wait(timeout=5)
    print(f"3. producer exit code {producer.returncode}")
    try:
        consumer.communicate(timeout=0.5)
    except subprocess.TimeoutExpired:
        print("3. the consumer still waits: the parent holds a write end")
    os.close(write_end)  # that was the last open write end
    out, _ = consumer.communicate(timeout=5)
    print(f"3. after os.close(write_end), consumer printed {out.strip()}")


if __name__ == "__main__":
    main()
