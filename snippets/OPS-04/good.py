import signal
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from types import FrameType


@dataclass(frozen=True)
class ExportJob:
    name: str
    parts: int


@dataclass
class Worker:
    queue: deque[ExportJob]
    upload: Callable[[str], None]
    stopping: bool = field(default=False, init=False)

    def request_stop(self, _signum: int, _frame: FrameType | None) -> None:
        self.stopping = True  # finish the job in hand, take no new one

    def run(self) -> None:
        previous = signal.signal(signal.SIGTERM, self.request_stop)
        try:
            while self.queue and not self.stopping:
                job = self.queue[0]
                for part in range(1, job.parts + 1):
                    self.upload(f"{job.name} part {part}/{job.parts}")
                self.queue.popleft()  # acknowledged only once it is complete
        finally:
            signal.signal(signal.SIGTERM, previous)


uploaded: list[str] = []


def upload(part: str) -> None:
    uploaded.append(part)
    if len(uploaded) == 1:  # a deploy starts: the orchestrator sends SIGTERM
        signal.raise_signal(signal.SIGTERM)


# The export in progress is finished, the next one stays queued for the next worker,
# and the process exits on its own, well inside the grace period.
worker = Worker(deque([ExportJob("export-A", 3), ExportJob("export-B", 2)]), upload)
worker.run()
print(uploaded)
#> ['export-A part 1/3', 'export-A part 2/3', 'export-A part 3/3']
print([job.name for job in worker.queue])
#> ['export-B']
