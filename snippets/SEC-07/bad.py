import pickle
from dataclasses import dataclass


@dataclass(frozen=True)
class ChurnModel:
    version: str
    weights: tuple[float, ...]
    bias: float


# The bytes of churn-2026-01.pkl, fetched from the shared model bucket that every
# notebook and CI job can write to. Someone replaced the file.
blob = b"cbuiltins\nprint\n(S'attacker code ran while the model loaded'\ntR."

# Unpickling runs whatever callable the file names, before any check can look at it.
model = pickle.loads(blob)  # [SEC-07]
#> attacker code ran while the model loaded
print(isinstance(model, ChurnModel))
#> False
