package th.go.dga.standards.demo;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo users and data for the embedded default, under {@code standards.demo}.
 *
 * @param enabled  whether demo users, groups and the published standards of the agency's pages are seeded at start
 * @param password the password of every demo user
 * @param projects whether, with the demo enabled, projects in progress are seeded too: one under an open hearing with
 *                 comments, one waiting for its first draft, one before the technical working group's vote
 */
public record DemoSettings(@DefaultValue("false") boolean enabled, @DefaultValue("demo") String password,
                           @DefaultValue("true") boolean projects) {
}
