package vn.hcmc.feedback.office;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.hcmc.feedback.system.ApiProblemHandler;
import vn.hcmc.feedback.system.Refusal;

/**
 * A refusal on the officials' pages (the office pages and the managers' dashboard) is a page in both languages with its status (401, 403, 404), showing nothing of
 * the report or survey; the API's problem details are for the API.
 */
@ControllerAdvice(basePackages = {"vn.hcmc.feedback.office", "vn.hcmc.feedback.insight"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class OfficeRefusals {

    @ExceptionHandler(Refusal.class)
    String refused(Refusal refusal, Model model, HttpServletRequest request, HttpServletResponse response) {
        boolean survey = request.getRequestURI().startsWith("/staff/surveys/");
        int status = ApiProblemHandler.status(refusal.reason()).value();
        response.setStatus(status);
        model.addAttribute("status", status);
        if (status == 403 && request.getRequestURI().startsWith("/staff/insight")) {
            model.addAttribute("title", "Không có quyền xem số liệu này / You may not read these figures");
            model.addAttribute("detail", "Số liệu dành cho cán bộ quản lý, Thanh tra Thành phố, Lãnh đạo Thành phố"
                    + " và lãnh đạo mỗi đơn vị (đơn vị mình). / The figures are for managers, the city inspectorate,"
                    + " city leaders and each unit's leaders (their own unit).");
        } else if (status == 403) {
            model.addAttribute("title", survey ? "Không có quyền xem khảo sát này / You may not read this survey"
                    : "Không có quyền xem phản ánh này / You may not read this report");
            model.addAttribute("detail", survey
                    ? "Chỉ người lập, người duyệt, Lãnh đạo Thành phố và cán bộ quản lý xem được khảo sát. / Only its "
                            + "owner, its approvers, city leaders and managers read a survey."
                    : "Phản ánh này thuộc đơn vị khác. / This report belongs to another unit.");
        } else {
            model.addAttribute("title", refusal.title());
            model.addAttribute("detail", refusal.getMessage());
        }
        return "office/refused";
    }
}
