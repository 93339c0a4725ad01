package th.go.dga.standards.architecture.cyclic.hearing;

import th.go.dga.standards.architecture.cyclic.registry.Standard;

public record Hearing(Standard standard) {
}
