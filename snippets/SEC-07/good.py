import hashlib

from pydantic import BaseModel, ConfigDict


class ChurnModel(BaseModel):
    """A model artefact is data: weights and numbers, never code to run."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    version: str
    weights: tuple[float, ...]
    bias: float

    def score(self, features: tuple[float, ...]) -> float:
        return self.bias + sum(
            w * x for w, x in zip(self.weights, features, strict=True)
        )


class UntrustedArtefactError(Exception):
    """The artefact is not the one the release pinned."""


def load_model(blob: bytes, *, pinned_sha256: str) -> ChurnModel:
    digest = hashlib.sha256(blob).hexdigest()
    if digest != pinned_sha256:
        raise UntrustedArtefactError(f"sha256 {digest[:12]}... is not the pinned one")
    return ChurnModel.model_validate_json(blob)


class TrainingRow(BaseModel):
    """Only the features go into datasets and prompts; names and emails stay out."""

    model_config = ConfigDict(frozen=True, extra="ignore")
    tenure_months: float
    tickets_90d: float


# Training publishes the artefact and records its digest with the release.
blob = ChurnModel(version="2026-01", weights=(-0.05, 0.4), bias=0.2).model_dump_json()
pinned = hashlib.sha256(blob.encode()).hexdigest()

model = load_model(blob.encode(), pinned_sha256=pinned)
print(model.version, round(model.score((12.0, 2.0)), 2))
#> 2026-01 0.4
tampered = blob.replace("0.4", "9.9").encode()
try:
    load_model(tampered, pinned_sha256=pinned)
except UntrustedArtefactError:
    print("refused: not the pinned artefact")
    #> refused: not the pinned artefact
# A row of the CRM export: what goes into a dataset or a prompt is chosen, not all.
customer = {"email": "customer-7@example.com", "tenure_months": "3", "tickets_90d": "5"}
print(TrainingRow.model_validate(customer))
#> tenure_months=3.0 tickets_90d=5.0
