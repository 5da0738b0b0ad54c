"""Azure DevOps: the REST client, the test case formats ADO keeps (steps XML, parameters, data rows),
and the pull of a test plan into Attest's plans, suites and cases. No Qt; the faces reach it through
``services.ado``."""
