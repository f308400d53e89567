"""Submit every smedge.render instance of the publish as one graph, in one Submit call."""
from integrations.pyblish import plugin as _plugin


class IntegrateSmedge(_plugin.Integrator):
    """Submit the render jobs (and the farm publish job) to Smedge; store the job IDs."""

    label = "Submit to Smedge"
