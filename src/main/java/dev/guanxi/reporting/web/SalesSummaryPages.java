package dev.guanxi.reporting.web;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.reporting.internal.Frequency;
import dev.guanxi.reporting.internal.ReportFormat;
import dev.guanxi.reporting.internal.ReportPeriod;
import dev.guanxi.reporting.internal.ReportSubscriptions;
import dev.guanxi.reporting.internal.ReportTexts;
import dev.guanxi.reporting.internal.SalesReports;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sales summary page (销售日报/周报/月报) for any period, and the page where users choose their report mails. */
@Controller
class SalesSummaryPages {

    private final SalesReports reports;
    private final ReportSubscriptions subscriptions;
    private final ReportTexts texts;

    SalesSummaryPages(SalesReports reports, ReportSubscriptions subscriptions, ReportTexts texts) {
        this.reports = reports;
        this.subscriptions = subscriptions;
        this.texts = texts;
    }

    @GetMapping("/reports/sales-summary")
    String summary(@RequestParam(required = false) String period, @RequestParam(required = false) String date, Model model) {
        CurrentUser me = CurrentUser.require();
        ReportPeriod days = ReportParameters.period(period, date, me);
        model.addAttribute("report", reports.build(me, days));
        model.addAttribute("reportTitle", texts.title(days, LocaleContextHolder.getLocale()));
        model.addAttribute("f", new ReportFormat(LocaleContextHolder.getLocale()));
        model.addAttribute("previous", days.previous());
        model.addAttribute("next", ReportPeriod.containing(days.frequency(), days.end().plusDays(1)));
        return "reporting/sales-summary";
    }

    @GetMapping("/reports/subscriptions")
    String subscriptions(Model model) {
        model.addAttribute("subscriptions", subscriptions.of(CurrentUser.require()));
        model.addAttribute("hours", java.util.stream.IntStream.rangeClosed(0, 23).boxed().toList());
        return "reporting/subscriptions";
    }

    /** The form sends {@code <frequency>.enabled} (a checkbox: absent means off) and {@code <frequency>.hour}. */
    @PostMapping("/reports/subscriptions")
    String choose(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        List<ReportSubscriptions.Choice> choices = new ArrayList<>();
        for (Frequency f : Frequency.values()) {
            String hour = form.get(f.code() + ".hour");
            Integer sendHour;
            try {
                sendHour = hour == null || hour.isBlank() ? null : Integer.valueOf(hour.strip());
            } catch (NumberFormatException e) {
                sendHour = -1;
            }
            choices.add(new ReportSubscriptions.Choice(f.code(), form.containsKey(f.code() + ".enabled"), sendHour));
        }
        subscriptions.save(CurrentUser.require(), choices);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/reports/subscriptions";
    }
}
