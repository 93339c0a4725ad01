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
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms of each deployment, read once and kept. Forms are bound to the deployment of their process, so
 * a running instance keeps the form it started with.
 */
@Component
public class DeployedForms {

    private final Map<String, Map<String, Deployed>> byDeployment = new ConcurrentHashMap<>();

    /** A deployed form: its schema as read, and its JSON as written, for clients that render it. */
    public record Deployed(FormSchema schema, String json) {
    }

    public Optional<FormSchema> find(RepositoryService repositoryService, String deploymentId, String formId) {
        return deployed(repositoryService, deploymentId, formId).map(Deployed::schema);
    }

    public Optional<Deployed> deployed(RepositoryService repositoryService, String deploymentId, String formId) {
        return Optional.ofNullable(byDeployment.computeIfAbsent(deploymentId, id -> load(repositoryService, id)).get(formId));
    }

    private static Map<String, Deployed> load(RepositoryService repositoryService, String deploymentId) {
        Map<String, Deployed> forms = new HashMap<>();
        for (Resource resource : repositoryService.getDeploymentResources(deploymentId)) {
            if (resource.getName().endsWith(".form")) {
                try (InputStream in = repositoryService.getResourceAsStreamById(deploymentId, resource.getId())) {
                    String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    FormSchema schema = FormSchema.parse(json);
                    forms.put(schema.id(), new Deployed(schema, json));
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read form " + resource.getName(), e);
                }
            }
        }
        return forms;
    }
}
