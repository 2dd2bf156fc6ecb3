package dev.guanxi.identity.web;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.Role;
import dev.guanxi.identity.internal.IdentityQueries;
import dev.guanxi.identity.internal.User;
import dev.guanxi.identity.internal.UserAdministration;
import dev.guanxi.identity.internal.UserForm;
import dev.guanxi.identity.internal.UserLookup;
import dev.guanxi.shared.forms.FormValidator;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.paging.Sort;
import dev.guanxi.shared.problem.BadRequestException;
import dev.guanxi.shared.web.ETags;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Users: everyone signed in may read the directory; only administrators change it. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users")
class UserApi {

    private final IdentityQueries queries;
    private final UserLookup lookup;
    private final UserAdministration administration;
    private final FormValidator forms;

    UserApi(IdentityQueries queries, UserLookup lookup, UserAdministration administration, FormValidator forms) {
        this.queries = queries;
        this.lookup = lookup;
        this.administration = administration;
        this.forms = forms;
    }

    @GetMapping
    Slice<UserView> list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
                         @RequestParam(required = false) String sort, @RequestParam(required = false) String q,
                         @RequestParam(required = false) UUID departmentId, @RequestParam(required = false) String role,
                         @RequestParam(required = false) Boolean active) {
        Role roleFilter = role == null ? null
                : Role.fromCode(role).orElseThrow(() -> new BadRequestException("validation.role-unknown", "role", role));
        PageRequest page = PageRequest.of(limit, cursor, Sort.parse(sort, IdentityQueries.USER_SORTS,
                new Sort(IdentityQueries.USER_SORTS.get(0), false)));
        return queries.users(new IdentityQueries.UserFilter(q, departmentId, roleFilter, active), page).map(UserView::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<UserView> get(@PathVariable UUID id) {
        User user = lookup.require(id);
        return ETags.ok(UserView.of(user), user.getVersion());
    }

    @GetMapping("/me")
    ResponseEntity<UserView> me() {
        return get(CurrentUser.require().id());
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<UserView> create(@RequestBody JsonNode body) {
        UserForm form = forms.patch(new UserForm(), body);
        User user = administration.create(form);
        return ETags.created("/api/v1/users/" + user.getId(), UserView.of(user), user.getVersion());
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<UserView> update(@PathVariable UUID id, @RequestBody JsonNode body,
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        User current = lookup.require(id);
        Long expected = ETags.expectedVersion(ifMatch);
        UserForm form = forms.patch(UserForm.of(current), body);
        User user = administration.update(id, form, expected);
        return ETags.ok(UserView.of(user), user.getVersion());
    }
}
