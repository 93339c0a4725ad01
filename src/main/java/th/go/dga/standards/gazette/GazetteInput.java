package th.go.dga.standards.gazette;

import java.util.Map;
import java.util.Optional;

import th.go.dga.standards.taskform.FormValues;

import static th.go.dga.standards.process.GovernmentStandardEnactmentProcess.Var.*;

/** The publication form, read into a {@link GazettePublication}. */
final class GazetteInput {

    private GazetteInput() {
    }

    static Optional<GazettePublication> publication(Map<String, Object> values) {
        var volume = FormValues.integer(values.get(VOLUME));
        var section = FormValues.text(values.get(SECTION));
        var page = FormValues.integer(values.get(PAGE));
        var published = FormValues.date(values.get(PUBLISHED_ON));
        if (volume.isEmpty() || section.isEmpty() || page.isEmpty() || published.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(GazettePublication.of(volume.get(), section.get(), page.get(), published.get(),
                FormValues.date(values.get(EFFECTIVE_ON)).orElse(null)));
    }
}
