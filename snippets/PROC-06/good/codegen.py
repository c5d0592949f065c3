"""Render pydantic models from contract.toml; `task codegen` writes the result."""

import tomllib
from pathlib import Path

HERE = Path(__file__).parent
HEADER = "# Generated from contract.toml by `task codegen`. DO NOT EDIT.\n"


def render(contract: dict[str, dict[str, str]]) -> str:
    parts = [HEADER, "from pydantic import BaseModel\n"]
    for model, fields in contract.items():
        parts.append(f"\n\nclass {model}(BaseModel):\n")
        parts.extend(f"    {name}: {kind}\n" for name, kind in fields.items())
    return "".join(parts)


def load_contract() -> dict[str, dict[str, str]]:
    with (HERE / "contract.toml").open("rb") as file:
        return tomllib.load(file)


def generated_module() -> Path:
    return HERE / "models_generated.py"
