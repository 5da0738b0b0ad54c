"""The use cases both faces call: every one takes raw input and redacts it inside (the one gate).

One module per area: :mod:`~attest.services.runs` (runs and steps, observations, defects),
:mod:`~attest.services.evidence` (capture, masks, annotations), :mod:`~attest.services.witness`
(witnessed sessions), :mod:`~attest.services.export` (packs, reports, redacted copies),
:mod:`~attest.services.register` (the test data register), :mod:`~attest.services.imports`
(test cases) and :mod:`~attest.services.workspace` (opening a workspace, its settings). The faces
(``cli``, ``gui``) write only through these; an import-linter contract keeps them away from core's
write paths, capture's intake and the template builders. Free text is redacted by
:class:`~attest.services.gate.Gate`; identity fields are refused if they look like an identifier.
"""
