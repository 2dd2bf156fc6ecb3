package dev.guanxi.customer.web;

import dev.guanxi.customer.Industry;
import dev.guanxi.customer.internal.AccountRelationType;
import dev.guanxi.customer.internal.AccountSource;
import dev.guanxi.customer.internal.AccountStatus;
import dev.guanxi.customer.internal.AccountType;
import dev.guanxi.customer.internal.Grade;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.shared.values.Currencies;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;


/** The option lists of account forms and filters. */
@Component
class AccountChoices {

    private final UserDirectory users;

    AccountChoices(UserDirectory users) {
        this.users = users;
    }

    void addTo(Model model) {
        model.addAttribute("types", AccountType.values());
        model.addAttribute("industries", Industry.values());
        model.addAttribute("grades", Grade.values());
        model.addAttribute("statuses", AccountStatus.values());
        model.addAttribute("sources", AccountSource.values());
        model.addAttribute("relationTypes", AccountRelationType.values());
        model.addAttribute("currencies", Currencies.OFFERED);
        model.addAttribute("assignableUsers", users.assignableUsers());
        model.addAttribute("departments", users.departments());
    }
}
