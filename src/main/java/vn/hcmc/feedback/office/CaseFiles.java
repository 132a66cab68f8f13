package vn.hcmc.feedback.office;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.answer.AnswerPreview;
import vn.hcmc.feedback.answer.AnswerProposals;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.directory.WardLocator;
import vn.hcmc.feedback.redaction.Span;
import vn.hcmc.feedback.report.Report;
import vn.hcmc.feedback.report.ReportEvent;
import vn.hcmc.feedback.report.ReportFollowerRepository;
import vn.hcmc.feedback.report.ReportHistory;
import vn.hcmc.feedback.report.ReportRepository;
import vn.hcmc.feedback.report.ReportView;
import vn.hcmc.feedback.report.ReportViews;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;

/**
 * Everything an official needs to decide on a report, gathered for the staff report view: the staff view of the
 * report, the unit's boundary, the history in words, followers, the deadlines of the running handling (and which
 * are past), the open tasks, and the answer as it will be published with its redactions marked.
 */
@Service
class CaseFiles {

    static final ZoneId CITY_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final ReportViews views;
    private final ReportRepository reports;
    private final ReportFollowerRepository followers;
    private final ReportHistory history;
    private final UnitDirectory directory;
    private final WardLocator wards;
    private final AnswerProposals proposals;
    private final AnswerPreview preview;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    CaseFiles(ReportViews views, ReportRepository reports, ReportFollowerRepository followers, ReportHistory history,
              UnitDirectory directory, WardLocator wards, AnswerProposals proposals, AnswerPreview preview,
              RuntimeService runtimeService, TaskService taskService, ObjectMapper objectMapper, Clock clock) {
        this.views = views;
        this.reports = reports;
        this.followers = followers;
        this.history = history;
        this.directory = directory;
        this.wards = wards;
        this.proposals = proposals;
        this.preview = preview;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    record CaseFile(ReportView view, String receivedAt, String wardName, String boundaryJson, List<Step> history,
                    List<Follower> followers, List<Deadline> deadlines, List<OpenTask> tasks, Answer answer,
                    List<Version> versions, boolean inHandling, List<PendingFile> pendingEvidence) {
    }

    /** Evidence added for the answer the unit is writing, not yet part of a proposed answer. */
    record PendingFile(Long id, String fileName, boolean photo, String addedBy, String addedAt) {
    }

    record Step(String at, String event, String actor, String detail) {
    }

    record Follower(String trackingCode, String receivedAt, String contact) {
    }

    record Deadline(String label, String at, boolean overdue) {
    }

    record OpenTask(String name, String candidates, String assignee, String created) {
    }

    /** The latest proposed answer as it will be published: text in segments, the redacted ones with their rule. */
    record Answer(int version, String outcome, String proposedBy, String proposedAt, String decision,
                  String decisionComment, boolean publicFeed, List<Segment> title, List<Segment> text,
                  List<Segment> textEn, List<AnswerPreview.Evidence> evidence) {
    }

    record Segment(String text, String rule) {
    }

    record Version(int version, String proposedBy, String proposedAt, String decision, String decidedBy,
                   String comment) {
    }

    @Transactional(readOnly = true)
    CaseFile of(Report report) {
        ReportView view = views.staffView(report);
        String wardCode = report.getLocatedWardCode() != null ? report.getLocatedWardCode() : report.getWardCode();
        String mapUnit = report.getUnitCode() != null && wards.boundary(report.getUnitCode()).isPresent()
                ? report.getUnitCode() : wardCode;
        String boundary = wards.boundary(mapUnit).map(this::json).orElse(null);
        return new CaseFile(view, local(report.getReceivedAt()),
                directory.unit(wardCode).map(Unit::nameVi).orElse(null), boundary, steps(report),
                followersOf(report), deadlines(report), tasks(report), answer(report), versions(report),
                inHandling(report), pendingEvidence(report));
    }

    private List<Step> steps(Report report) {
        List<Step> steps = new ArrayList<>();
        for (ReportEvent e : history.of(report.getId())) {
            steps.add(new Step(local(e.getOccurredAt()), e.getEvent(), e.getActor(), inWords(e.getDetail())));
        }
        return steps;
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Map<String, String> WORDS = Map.of("AUTO", "tự động / automatic",
            "MANUAL", "thủ công / manual", "URGENT", "khẩn cấp / urgent", "HIGH", "cao / high",
            "NORMAL", "bình thường / normal", "LOW", "thấp / low");

    /** A history detail with the codes it names (category, unit, priority, triage mode) in words. */
    String inWords(String detail) {
        if (detail == null) {
            return null;
        }
        return CODE.matcher(detail).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                WORDS.getOrDefault(m.group(), directory.category(m.group()).map(c -> c.nameVi())
                        .or(() -> directory.unit(m.group()).map(Unit::nameVi)).orElse(m.group()))));
    }

    private List<Follower> followersOf(Report report) {
        return followers.findByReportId(report.getId()).stream()
                .map(f -> reports.findById(f.getFollowerReportId()).orElse(null))
                .filter(java.util.Objects::nonNull)
                .map(f -> new Follower(f.getTrackingCode(), local(f.getReceivedAt()), contact(f)))
                .toList();
    }

    private static String contact(Report r) {
        if (r.isAnonymous()) {
            return null;
        }
        return java.util.stream.Stream.of(r.getReporterName(), r.getReporterEmail(), r.getReporterPhone())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "));
    }

    /** The deadlines of the report's running handling, each marked when it is past. */
    private List<Deadline> deadlines(Report report) {
        if (!report.getStatus().isOpen()) {
            return List.of();
        }
        var instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ReportHandlingProcess.PROCESS_ID)
                .processInstanceBusinessKey(report.getTrackingCode()).list().stream().findFirst();
        if (instance.isEmpty()) {
            return List.of();
        }
        Map<String, Object> values = runtimeService.createVariableInstanceQuery()
                .processInstanceIdIn(instance.get().getId())
                .variableNameIn(ReportHandlingProcess.ACCEPT_DUE_AT, ReportHandlingProcess.ANSWER_DUE_AT,
                        ReportHandlingProcess.REMINDER_AT, ReportHandlingProcess.LEVEL_2_DUE_AT)
                .list().stream().filter(v -> v.getValue() != null)
                .collect(Collectors.toMap(VariableInstance::getName, VariableInstance::getValue, (a, b) -> a));
        List<Deadline> deadlines = new ArrayList<>();
        boolean accepted = history.count(report.getId(), "accepted") > 0;
        add(deadlines, accepted ? "Hạn tiếp nhận (đã tiếp nhận) / Acceptance due (accepted)"
                : "Hạn tiếp nhận / Acceptance due", values.get(ReportHandlingProcess.ACCEPT_DUE_AT), !accepted);
        add(deadlines, "Nhắc hạn / Reminder", values.get(ReportHandlingProcess.REMINDER_AT), false);
        add(deadlines, "Hạn trả lời / Answer due", values.get(ReportHandlingProcess.ANSWER_DUE_AT), true);
        add(deadlines, "Chuyển thanh tra (cấp 2) / Inspectorate (level 2)",
                values.get(ReportHandlingProcess.LEVEL_2_DUE_AT), true);
        return deadlines;
    }

    private void add(List<Deadline> deadlines, String label, Object value, boolean canBeOverdue) {
        if (value == null) {
            return;
        }
        try {
            OffsetDateTime at = OffsetDateTime.parse(value.toString());
            deadlines.add(new Deadline(label, LOCAL.format(at.atZoneSameInstant(CITY_ZONE)),
                    canBeOverdue && at.toInstant().isBefore(clock.instant())));
        } catch (DateTimeParseException e) {
            deadlines.add(new Deadline(label, value.toString(), false));
        }
    }

    private List<OpenTask> tasks(Report report) {
        List<OpenTask> open = new ArrayList<>();
        for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(report.getTrackingCode())
                .orderByTaskCreateTime().asc().list()) {
            String candidates = taskService.getIdentityLinksForTask(task.getId()).stream()
                    .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null)
                    .map(IdentityLink::getGroupId).map(this::groupName).collect(Collectors.joining(", "));
            open.add(new OpenTask(task.getName(), candidates, task.getAssignee(),
                    local(task.getCreateTime().toInstant())));
        }
        return open;
    }

    private boolean inHandling(Report report) {
        return taskService.createTaskQuery().processInstanceBusinessKey(report.getTrackingCode())
                .taskDefinitionKey(ReportHandlingProcess.TASK_HANDLE_REPORT).count() > 0;
    }

    private List<PendingFile> pendingEvidence(Report report) {
        return proposals.pendingEvidence(report.getId()).stream().map(e -> new PendingFile(e.getId(),
                e.getFileName(), e.isPhoto(), e.getAddedBy(), e.getAddedAt() == null ? null : local(e.getAddedAt())))
                .toList();
    }

    private String groupName(String groupId) {
        for (Unit unit : directory.units()) {
            if (unit.staffGroup().equals(groupId)) {
                return unit.nameVi();
            }
            if (unit.leadersGroup().equals(groupId)) {
                return "Lãnh đạo " + unit.nameVi();
            }
        }
        return groupId;
    }

    private Answer answer(Report report) {
        if (proposals.latest(report.getId()).isEmpty()) {
            return null;
        }
        AnswerPreview.Preview p = preview.of(report);
        return new Answer(p.version(), p.outcomeVi() + " / " + p.outcomeEn(), p.proposedBy(), local(p.proposedAt()),
                p.decision(), p.decisionComment(), p.publicFeed(), segments(p.reportTitle()), segments(p.answer()),
                segments(p.answerEn()), p.evidence());
    }

    private List<Version> versions(Report report) {
        return proposals.versions(report.getId()).stream()
                .map(v -> new Version(v.getVersion(), v.getProposedBy(), local(v.getProposedAt()),
                        v.getDecision() == null ? null : v.getDecision().name(), v.getDecidedBy(),
                        v.getDecisionComment()))
                .toList();
    }

    /** A published text cut at its redactions, so the page marks them without any markup in the text. */
    static List<Segment> segments(AnswerPreview.Text text) {
        if (text == null || text.published() == null) {
            return List.of();
        }
        String s = text.published();
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (Span span : text.highlights().stream().sorted(java.util.Comparator.comparingInt(Span::start)).toList()) {
            if (span.start() < at || span.end() > s.length()) {
                continue;
            }
            if (span.start() > at) {
                segments.add(new Segment(s.substring(at, span.start()), null));
            }
            segments.add(new Segment(s.substring(span.start(), span.end()), span.rule()));
            at = span.end();
        }
        if (at < s.length()) {
            segments.add(new Segment(s.substring(at), null));
        }
        return segments;
    }

    static String local(Instant instant) {
        return instant == null ? null : LOCAL.format(instant.atZone(CITY_ZONE));
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A unit boundary that cannot be written as JSON", e);
        }
    }
}
