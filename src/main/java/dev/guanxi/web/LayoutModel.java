package dev.guanxi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/** Adds the menu and the current path to every rendered page (not to redirects, JSON or fragments' callers). */
@Component
class LayoutModel implements HandlerInterceptor {

    private final List<NavigationItem> items;

    LayoutModel(List<NavigationItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        if (modelAndView == null || modelAndView.getViewName() == null
                || modelAndView.getViewName().startsWith("redirect:")) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        modelAndView.addObject("requestPath", path);
        modelAndView.addObject("activeNavPath", items.stream().map(NavigationItem::path)
                .filter(itemPath -> new NavigationItem("", itemPath, "", 0, "", null).isActiveFor(path))
                .max(Comparator.comparingInt(String::length)).orElse(null));
        modelAndView.addObject("navigation", visibleItems("main"));
        modelAndView.addObject("adminNavigation", visibleItems("admin"));
        modelAndView.addObject("htmxRequest", "true".equals(request.getHeader("HX-Request")));
    }

    private List<NavigationItem> visibleItems(String section) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return items.stream()
                .filter(item -> item.section().equals(section))
                .filter(item -> item.role() == null || (authentication != null && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + item.role()))))
                .toList();
    }
}
