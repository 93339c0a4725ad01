package th.go.dga.standards.architecture.cyclic;

import org.springframework.modulith.Modulithic;

/** A made-up application whose two modules use each other, to show that the structure test catches a cycle. */
@Modulithic
public class CyclicApplication {
}
