package th.go.dga.standards.signing;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardCode;
import th.go.dga.standards.registry.StandardRegistry;

/** Gives a signed standard its code, of either kind: the one place a code is issued. */
@Component
class StandardCodes {

    private final StandardRegistry registry;

    StandardCodes(StandardRegistry registry) {
        this.registry = registry;
    }

    StandardCode issue(Standard standard, LocalDate dayOfSigning) {
        StandardCode code = StandardCode.signedOn(standard.kind(), standard.number(), standard.part(), dayOfSigning);
        registry.assignCode(standard.id(), code);
        return code;
    }
}
