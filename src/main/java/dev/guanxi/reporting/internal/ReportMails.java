package dev.guanxi.reporting.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.notification.MailDraft;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The report as an e-mail in the reader's language: an HTML table (escaped text only) and the workbook attached. */
@Component
public class ReportMails {

    private final ITemplateEngine templates;
    private final ReportTexts texts;
    private final ReportWorkbook workbook;
    private final String baseUrl;

    ReportMails(ITemplateEngine templates, ReportTexts texts, ReportWorkbook workbook, @Value("${guanxi.base-url}") String baseUrl) {
        this.templates = templates;
        this.texts = texts;
        this.workbook = workbook;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public MailDraft draft(CurrentUser reader, SalesReport report) {
        Locale locale = ReportTexts.localeOf(reader.language());
        Context context = new Context(locale);
        context.setVariable("report", report);
        context.setVariable("f", new ReportFormat(locale));
        context.setVariable("title", texts.title(report.period(), locale));
        context.setVariable("name", reader.name());
        context.setVariable("link", baseUrl + "/reports/sales-summary?period=" + report.period().frequency().code()
                + "&date=" + report.period().start());
        String html = templates.process("reporting/mail", context);
        String file = "sales-report-" + report.period().frequency().code() + "-" + report.period().start() + ".xlsx";
        return new MailDraft(reader.email(), texts.title(report.period(), locale), html,
                List.of(new MailDraft.MailAttachment(file, ReportWorkbook.CONTENT_TYPE, workbook.bytes(report, locale))));
    }
}
