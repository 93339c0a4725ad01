package th.go.dga.standards.security;

/**
 * The password the application itself gives the accounts it seeds at start, while no one is logged in: the demo's,
 * documented in the README, which the password rules would refuse. No one may set it afterwards. Without such a bean
 * every password follows the rules.
 */
public interface SeededPassword {

    String value();
}
