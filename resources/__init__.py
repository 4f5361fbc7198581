"""Files Coursesmith reads at run time (installed as the package `coursesmith_resources`).

Found only through `authoring.resources`; see that module.
"""
