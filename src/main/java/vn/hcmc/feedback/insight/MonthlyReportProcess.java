package vn.hcmc.feedback.insight;

import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The names the process {@code monthly-report} and its code share. */
public final class MonthlyReportProcess {

    public static final String PROCESS_ID = "monthly-report";
    public static final String TIMER_START = "StartEvent_Monthly";
    public static final String TASK_GENERATE = "ServiceTask_Generate";
    public static final String TASK_APPROVE = "Task_ApproveMonthlyReport";
    public static final String TASK_PUBLISH = "ServiceTask_Publish";

    /** The period's month, "2026-11" (the period ending at 12:00 on 25 November); set at the start when absent. */
    public static final String MONTH = "month";
    public static final String RANKING_SUMMARY = "rankingSummary";
    public static final String LAST_COMMENT = "lastComment";
    public static final String APPROVED = "approved";
    public static final String COMMENT = "comment";
    public static final String MONTHLY_APPROVED = "monthlyApproved";

    static YearMonth month(VariableScope scope) {
        return YearMonth.parse((String) scope.getVariable(MONTH));
    }

    private MonthlyReportProcess() {
    }
}
