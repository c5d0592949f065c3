"""`rulebook check`: find rule violations in a team's code and report them by rule ID.

The package has one job per module:

- `module`: a parsed source file with the indexes detectors share (parents, nodes by
  type, imported names) and the role its file name gives it (routes, service, ...).
- `detectors/`: one module per rule, each a pure function from a parsed module (or a
  project) to hits; `detectors/__init__.py` discovers them and maps names to rules.
- `ruff`: runs ruff once with every code a rule declares and maps codes to rule IDs.
- `suppression`: `# rulebook: ignore[ID] reason` comments, and the unused ones.
- `config`: `[tool.rulebook]` in the checked project's `pyproject.toml`.
- `runner`: collects files, parses each once, runs every selected detector, returns
  findings; `report` and `sarif` write them as text, JSON, GitHub annotations or SARIF.
"""
