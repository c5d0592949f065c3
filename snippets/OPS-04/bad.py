import signal
import sys
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from types import FrameType


@dataclass(frozen=True)
class ExportJob:
    name: str
    parts: int


@dataclass
class Worker:
    queue: deque[ExportJob]
    upload: Callable[[str], None]

    def exit_now(self, _signum: int, _frame: FrameType | None) -> None:
        sys.exit(0)  # [OPS-04]

    def run(self) -> None:
        signal.signal(signal.SIGTERM, self.exit_now)
        while self.queue:
            job = self.queue.popleft()  # [OPS-04]
            for part in range(1, job.parts + 1):
                self.upload(f"{job.name} part {part}/{job.parts}")


uploaded: list[str] = []


def upload(part: str) -> None:
    uploaded.append(part)
    if len(uploaded) == 1:  # a deploy starts: the orchestrator sends SIGTERM
        signal.raise_signal(signal.SIGTERM)


# The process dies in the middle of export-A: one part of three is uploaded, and the
# job has already left the queue, so no other worker will ever finish it.
previous = signal.getsignal(signal.SIGTERM)
worker = Worker(deque([ExportJob("export-A", 3), ExportJob("export-B", 2)]), upload)
try:
    worker.run()
except SystemExit:
    print(uploaded)
    #> ['export-A part 1/3']
    print([job.name for job in worker.queue])
    #> ['export-B']
finally:
    signal.signal(signal.SIGTERM, previous)
