package th.go.dga.standards.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.registry.NewStandard;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardCode;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.signing.AnnouncementNumber;
import th.go.dga.standards.signing.AnnouncementService;

/**
 * Seeds the demo users and groups and the agency's published standards, once: what exists already is left alone,
 * so a restart changes nothing.
 */
@Component
@ConditionalOnProperty(name = "standards.demo.enabled", havingValue = "true")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String EMAIL_DOMAIN = "@demo.standards.example";

    private final IdentityService identityService;
    private final StandardRegistry registry;
    private final AnnouncementService announcements;
    private final String password;

    DemoData(IdentityService identityService, StandardRegistry registry, AnnouncementService announcements, DemoSettings settings) {
        this.identityService = identityService;
        this.registry = registry;
        this.announcements = announcements;
        this.password = settings.password();
    }

    /** Before {@link DemoProjects}, which acts as these users. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE - 1)
    @Transactional
    public void seed() {
        seedIdentities();
        seedStandards();
    }

    private void seedIdentities() {
        for (DemoUsers.Group g : DemoUsers.GROUPS) {
            if (identityService.createGroupQuery().groupId(g.id()).count() == 0) {
                Group group = identityService.newGroup(g.id());
                group.setName(g.name());
                group.setType(g.type());
                identityService.saveGroup(group);
            }
        }
        for (DemoUsers.User u : DemoUsers.USERS) {
            if (identityService.createUserQuery().userId(u.id()).count() == 0) {
                User user = identityService.newUser(u.id());
                user.setFirstName(u.firstName());
                user.setLastName(u.lastName());
                user.setEmail(u.id() + EMAIL_DOMAIN);
                user.setPassword(password);
                identityService.saveUser(user);
                u.groups().forEach(groupId -> identityService.createMembership(u.id(), groupId));
            }
        }
        if (identityService.createUserQuery().userId("admin").memberOfGroup("admin").count() == 0
                && identityService.createUserQuery().userId("admin").count() == 1) {
            identityService.createMembership("admin", "admin");
        }
    }

    private void seedStandards() {
        Map<String, List<String>> announced = new LinkedHashMap<>();
        Map<String, String> signedOn = new LinkedHashMap<>();
        int added = 0;
        for (String[] row : rows()) {
            StandardCode code = StandardCode.parse(row[0]);
            if (registry.findByCode(code).isPresent()) {
                continue;
            }
            StandardStatus status = StandardStatus.valueOf(row[1]);
            String supersedes = dash(row[9]) == null ? null : registry.findByCode(StandardCode.parse(row[9])).map(Standard::id).orElseThrow();
            Standard standard = registry.register(new NewStandard(code.kind(), code.number(), code.part(), row[10], row[11], row[2],
                    row[3], "t" + row[3], supersedes, null, status));
            registry.assignCode(standard.id(), code);
            registry.recordVersionLabel(standard.id(), row[4]);
            registry.recordPublication(standard.id(), date(row[5]), date(row[6]));
            if (supersedes != null) {
                registry.supersedePredecessor(standard.id());
            }
            if (dash(row[7]) != null) {
                announced.computeIfAbsent(row[7], k -> new ArrayList<>()).add(standard.id());
                signedOn.put(row[7], row[8]);
            }
            added++;
        }
        announced.forEach((number, ids) -> announcements.recordIssued(AnnouncementNumber.parse(number, "announcement"), "supachai",
                LocalDate.parse(signedOn.get(number)), ids));
        if (added > 0) {
            log.info("Seeded {} published standards from the agency's pages", added);
        }
    }

    private static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource("demo/standards.tsv").getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the demo standards", e);
        }
        return rows;
    }

    private static String dash(String value) {
        return value == null || value.isBlank() || value.equals("-") ? null : value;
    }

    private static LocalDate date(String value) {
        return dash(value) == null ? null : LocalDate.parse(value);
    }

}
