"""Put a component registered under another factory in the place of a pipeline's component."""

from __future__ import annotations

from spacy.language import Language


def replace_component(nlp: Language, name: str, factory: str) -> None:
    """Add `factory`'s component right after `name`, remove `name`, and give the new one its name
    and position (the factory reads the old component while it is still in the pipeline)."""
    nlp.add_pipe(factory, name=factory, after=name)
    nlp.remove_pipe(name)
    nlp.rename_pipe(factory, name)
