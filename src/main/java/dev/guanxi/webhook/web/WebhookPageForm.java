package dev.guanxi.webhook.web;

import dev.guanxi.webhook.internal.WebhookEndpoint;
import java.util.ArrayList;
import java.util.List;

/** The endpoint form of the admin pages (a bean for Spring's data binding). */
public class WebhookPageForm {

    private String url;
    private String description;
    private List<String> eventTypes = new ArrayList<>();

    static WebhookPageForm of(WebhookEndpoint endpoint) {
        WebhookPageForm form = new WebhookPageForm();
        form.url = endpoint.url();
        form.description = endpoint.description();
        form.eventTypes = new ArrayList<>(endpoint.eventTypes());
        return form;
    }

    /** A checkbox list left empty arrives as no parameter: an empty list, which the rules refuse. */
    WebhookEndpoint.Form toForm() {
        return new WebhookEndpoint.Form(url == null ? "" : url, description == null ? "" : description,
                eventTypes == null ? List.of() : eventTypes, null);
    }

    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<String> getEventTypes() { return eventTypes; }
    public void setEventTypes(List<String> eventTypes) { this.eventTypes = eventTypes; }
}
