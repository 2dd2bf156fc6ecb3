package dev.guanxi.identity.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A user as an administrator edits it, in the admin pages and in {@code POST/PATCH /api/v1/users}.
 * {@code password} is write-only: required when creating, optional (keep) when editing.
 */
public class UserForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.max-length}")
    private String name;

    @NotBlank(message = "{validation.required}")
    @Email(message = "{validation.email}")
    @Size(max = 254, message = "{validation.max-length}")
    private String email;

    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
    @Size(min = 8, max = 128, message = "{validation.password-length}")
    private String password;

    private UUID departmentId;

    private UUID managerId;

    private List<String> roles = new ArrayList<>();

    @Pattern(regexp = "zh-CN|en", message = "{validation.language}")
    private String language = "zh-CN";

    @NotBlank(message = "{validation.required}")
    @Size(max = 64, message = "{validation.max-length}")
    private String timeZone = "Asia/Shanghai";

    private Boolean active = Boolean.TRUE;

    @dev.guanxi.shared.values.Phone
    @Size(max = 40, message = "{validation.max-length}")
    private String phone;

    @Size(max = 100, message = "{validation.max-length}")
    private String title;

    public static UserForm of(User user) {
        UserForm form = new UserForm();
        form.name = user.getName();
        form.email = user.getEmail();
        form.departmentId = user.getDepartmentId();
        form.managerId = user.getManagerId();
        form.roles = new ArrayList<>(user.getRoles().stream().map(dev.guanxi.identity.Role::code).sorted().toList());
        form.language = user.getLanguage();
        form.timeZone = user.getTimeZone();
        form.active = user.isActive();
        form.phone = user.getPhone();
        form.title = user.getTitle();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null || password.isEmpty() ? null : password;
    }

    public UUID getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(UUID departmentId) {
        this.departmentId = departmentId;
    }

    public UUID getManagerId() {
        return managerId;
    }

    public void setManagerId(UUID managerId) {
        this.managerId = managerId;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
