package th.go.dga.standards.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;

import th.go.dga.standards.document.Document;
import th.go.dga.standards.document.DocumentService;
import th.go.dga.standards.document.UploadedFile;
import th.go.dga.standards.draft.DraftVersion;
import th.go.dga.standards.draft.DraftVersions;
import th.go.dga.standards.drafting.DraftSteps;
import th.go.dga.standards.drafting.DraftUploads;
import th.go.dga.standards.drafting.HearingRevision;
import th.go.dga.standards.drafting.HearingRevisions;
import th.go.dga.standards.drafting.Revision;
import th.go.dga.standards.process.CommitteeVoteProcess;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.progress.StandardProgress;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.security.Caller;
import th.go.dga.standards.taskform.FormSchema;
import th.go.dga.standards.taskform.TaskView;
import th.go.dga.standards.signing.SignSteps;
import th.go.dga.standards.taskform.TaskWork;
import th.go.dga.standards.time.DateText;
import th.go.dga.standards.time.DueDate;
import th.go.dga.standards.time.EngineTime;
import th.go.dga.standards.time.ThaiDateInput;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.NotFoundException;
import th.go.dga.standards.validation.StateConflictException;
import th.go.dga.standards.validation.UnsupportedContentException;
import th.go.dga.standards.validation.Violation;
import th.go.dga.standards.voting.BallotHistory;
import th.go.dga.standards.voting.VoteRound;
import th.go.dga.standards.voting.VotingBody;

/**
 * A task in the workspace: the standard it is about, its documents, and its form, the same Camunda Form Tasklist
 * shows, completed through the engine's form service so that the same checks apply; a group's task is claimed, handed
 * back or handed to a colleague of the group here.
 */
@Controller
class TaskPages {

    private final TaskWork work;
    private final StandardRegistry registry;
    private final DocumentService documents;
    private final DateText dates;
    private final GroupNames groupNames;
    private final StandardProgress progress;
    private final BallotHistory ballots;
    private final DraftUploads uploads;
    private final DraftVersions drafts;
    private final HearingRevisions revisions;
    private final ObjectMapper json;

    TaskPages(TaskWork work, StandardRegistry registry, DocumentService documents, DateText dates, GroupNames groupNames,
              StandardProgress progress, BallotHistory ballots, DraftUploads uploads, DraftVersions drafts, HearingRevisions revisions,
              ObjectMapper json) {
        this.revisions = revisions;
        this.json = json;
        this.uploads = uploads;
        this.drafts = drafts;
        this.work = work;
        this.registry = registry;
        this.documents = documents;
        this.dates = dates;
        this.groupNames = groupNames;
        this.progress = progress;
        this.ballots = ballots;
    }

    @GetMapping("/work/tasks/{taskId}")
    String task(@PathVariable String taskId, Model model, Authentication user) {
        TaskView task = work.get(taskId);
        return page(task, Map.of(), Map.of(), List.of(), model, user);
    }

    @PostMapping("/work/tasks/{taskId}")
    String complete(@PathVariable String taskId, @RequestParam MultiValueMap<String, String> posted, Model model, Authentication user,
                    RedirectAttributes flash, HttpServletResponse response) {
        TaskView task = work.get(taskId);
        if (task.form() == null) {
            throw new NotFoundException("task.not-found", taskId);
        }
        Locale locale = LocaleContextHolder.getLocale();
        FormSchema schema = FormSchema.parse(task.form().toString());
        TaskFormPost read = TaskFormPost.read(schema, task.values(), posted);
        List<Violation> refused = read.refusals(schema);
        if (refused.isEmpty()) {
            try {
                work.complete(taskId, read.values(), SignSteps.signs(task.process(), task.step()) ? posted.getFirst(TaskWork.PASSWORD) : null);
                flash.addFlashAttribute("notice", "work.done");
                flash.addFlashAttribute("noticeTask", task.name());
                return "redirect:/work";
            } catch (InvalidInputException invalid) {
                refused.addAll(invalid.violations());
            } catch (StateConflictException conflict) {
                model.addAttribute("problem", conflict.message(locale));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        TaskFormPost.Shown shown = TaskFormPost.Shown.of(refused, locale);
        return page(task, posted.toSingleValueMap(), shown.errors(), shown.general(), model, user);
    }

    /**
     * A draft sent as a Word file at a step that takes one: the version is kept with its clauses, and the step's form
     * is filled in with it. A refused file leaves the task as it was.
     */
    @PostMapping(path = "/work/tasks/{taskId}/draft", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String draft(@PathVariable String taskId, @RequestParam(name = "file", required = false) MultipartFile file,
                 @RequestParam(name = "version", required = false) String version, @RequestParam(name = "note", required = false) String note,
                 Model model, Authentication user, RedirectAttributes flash, HttpServletResponse response) {
        TaskView task = work.get(taskId);
        if (task.standard() == null || !DraftSteps.takesDraft(task.process(), task.step())) {
            throw new NotFoundException("task.not-found", taskId);
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<String> general = new ArrayList<>();
        if (!user.getName().equals(task.assignee())) {
            general.add(new StateConflictException("task.claim-first", task.name()).message(locale));
        } else if (file == null || file.isEmpty()) {
            general.add(Violation.of(DraftUploads.FILE, "document.file-empty").message(locale));
        } else {
            try {
                DraftVersion kept = uploads.upload(task.standard().id(), version, note,
                        new UploadedFile(file.getOriginalFilename(), file.getSize(), file), Caller.of(user));
                work.fill(taskId, DraftSteps.values(task.process(), task.step(), kept).orElseThrow());
                flash.addFlashAttribute("notice", "work.draft-received");
                flash.addFlashAttribute("noticeTask", kept.versionLabel());
                flash.addFlashAttribute("noticeTo", drafts.outline(kept.id()).size());
                return "redirect:/work/tasks/" + taskId;
            } catch (InvalidInputException invalid) {
                invalid.violations().forEach(v -> general.add(v.message(locale)));
            } catch (UnsupportedContentException unsupported) {
                general.add(unsupported.message(locale));
            } catch (StateConflictException conflict) {
                general.add(conflict.message(locale));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("draftTyped", Map.of("version", version == null ? "" : version, "note", note == null ? "" : note));
        return page(work.get(taskId), Map.of(), Map.of(), general, model, user);
    }

    @PostMapping("/work/tasks/{taskId}/hand")
    String hand(@PathVariable String taskId, @RequestParam(required = false) String to, RedirectAttributes flash) {
        try {
            TaskView task = work.handTo(taskId, to);
            flash.addFlashAttribute("notice", "work.handed");
            flash.addFlashAttribute("noticeTask", task.name());
            flash.addFlashAttribute("noticeTo", to);
            return "redirect:/work";
        } catch (StateConflictException refused) {
            flash.addFlashAttribute("problem", refused.message(LocaleContextHolder.getLocale()));
            return "redirect:/work/tasks/" + taskId;
        }
    }

    /** What a Buddhist-era date input understood, shown under it as it is typed. */
    @GetMapping(value = "/work/dates", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, String> understood(@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "time") String kind,
                                   @RequestParam(defaultValue = "") String label) {
        Locale locale = LocaleContextHolder.getLocale();
        // the input's label, only quoted back in the message; a long one is cut rather than refused
        String named = label.length() > 200 ? label.substring(0, 200) : label;
        if (kind.equals("time")) {
            ThaiDateInput.TimeReading time = ThaiDateInput.readTime("time", named, text);
            return time.ok() ? Map.of("understood", time.time().toString()) : Map.of("problem", time.problem().message(locale));
        }
        ThaiDateInput.Reading reading = ThaiDateInput.read("date", named, text);
        return reading.ok() ? Map.of("understood", dates.weekdayDay(reading.date()), "iso", reading.date().toString())
                : Map.of("problem", reading.problem().message(locale));
    }

    /** The last counted round of the same body, whose reasons a member reads before voting again. */
    private VoteRound previousRound(String standardId, Map<String, Object> values) {
        Object body = values == null ? null : values.get(CommitteeVoteProcess.Var.VOTING_BODY);
        try {
            return body == null ? ballots.lastCounted(standardId).orElse(null)
                    : ballots.lastCounted(standardId, VotingBody.valueOf(String.valueOf(body))).orElse(null);
        } catch (IllegalArgumentException unknownBody) {
            return ballots.lastCounted(standardId).orElse(null);
        }
    }

    private String page(TaskView task, Map<String, String> typed, Map<String, String> errors, List<String> general, Model model,
                        Authentication user) {
        Standard standard = task.standard() == null ? null : registry.find(task.standard().id()).orElse(null);
        List<Document> files = List.of();
        if (standard != null) {
            try {
                files = documents.forStandard(standard.id(), Caller.of(user));
            } catch (NotFoundException notReadable) {
                files = List.of();
            }
        }
        String me = user.getName();
        boolean personal = task.candidateGroups() == null || task.candidateGroups().isEmpty();
        List<String> groupIds = new ArrayList<>(task.candidateGroups() == null ? List.of() : task.candidateGroups());
        if (standard != null && standard.workingGroup() != null) {
            groupIds.add(standard.workingGroup());
        }
        Map<String, String> names = groupNames.of(groupIds);
        model.addAttribute("groupNames", names);
        model.addAttribute("waitingIn", String.join(", ", task.candidateGroups().stream().map(names::get).toList()));
        model.addAttribute("task", task);
        model.addAttribute("where", standard == null ? null : progress.forStandard(standard.id()).orElse(null));
        model.addAttribute("previousRound", standard == null || !CommitteeVoteProcess.CAST_VOTE.equals(task.step()) ? null
                : previousRound(standard.id(), task.values()));
        model.addAttribute("standard", standard);
        model.addAttribute("documents", files);
        model.addAttribute("due", task.due() == null ? null : DueDate.of(task.due(), EngineTime.now()));
        model.addAttribute("mine", me.equals(task.assignee()));
        model.addAttribute("personal", personal);
        model.addAttribute("colleagues", personal ? List.of() : work.colleagues(task.id()));
        boolean revising = standard != null && StandardLifecycleProcess.KEY.equals(task.process())
                && (StandardLifecycleProcess.REVISE_DRAFT.equals(task.step()) || StandardLifecycleProcess.APPROVE_FINAL_DRAFT.equals(task.step()));
        HearingRevision revision = revising ? revisions.latest(standard.id()).orElse(null) : null;
        Map<String, Object> values = task.values();
        if (revision != null && StandardLifecycleProcess.REVISE_DRAFT.equals(task.step()) && values != null) {
            // the answers as they stand, those given one by one since the step began included
            values = new HashMap<>(values);
            values.put(Revision.COMMENTS, json.valueToTree(Revision.formItems(revision.comments().stream().map(HearingRevision.Answered::comment).toList())));
        }
        model.addAttribute("form", task.form() == null ? null : TaskFormView.of(task.form(), values, typed, errors));
        model.addAttribute("errors", errors);
        model.addAttribute("general", general);
        model.addAttribute("takesDraft", standard != null && DraftSteps.takesDraft(task.process(), task.step()));
        model.addAttribute("revision", revision);
        model.addAttribute("finalApproval", StandardLifecycleProcess.APPROVE_FINAL_DRAFT.equals(task.step()));
        model.addAttribute("signs", SignSteps.signs(task.process(), task.step()));
        if (!model.containsAttribute("draftTyped")) {
            model.addAttribute("draftTyped", Map.of("version", "", "note", ""));
        }
        return "work/task";
    }
}
