package th.go.dga.standards.taskform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;

/**
 * The Camunda Forms of each deployment, read once and kept. Forms are bound to the deployment of their process, so
 * a running instance keeps the form it started with.
 */
public class DeployedForms {

    private final Map<String, Map<String, FormSchema>> byDeployment = new ConcurrentHashMap<>();

    public Optional<FormSchema> find(RepositoryService repositoryService, String deploymentId, String formId) {
        return Optional.ofNullable(byDeployment.computeIfAbsent(deploymentId, id -> load(repositoryService, id)).get(formId));
    }

    private static Map<String, FormSchema> load(RepositoryService repositoryService, String deploymentId) {
        Map<String, FormSchema> forms = new HashMap<>();
        for (Resource resource : repositoryService.getDeploymentResources(deploymentId)) {
            if (resource.getName().endsWith(".form")) {
                try (InputStream in = repositoryService.getResourceAsStreamById(deploymentId, resource.getId())) {
                    FormSchema schema = FormSchema.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    forms.put(schema.id(), schema);
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read form " + resource.getName(), e);
                }
            }
        }
        return forms;
    }
}
