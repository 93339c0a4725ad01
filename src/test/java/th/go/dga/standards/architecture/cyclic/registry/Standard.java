package th.go.dga.standards.architecture.cyclic.registry;

import java.util.List;

import th.go.dga.standards.architecture.cyclic.hearing.Hearing;

public record Standard(List<Hearing> hearings) {
}
