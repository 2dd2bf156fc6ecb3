package dev.guanxi.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in user's home: the panels the modules offer them. */
@Controller
class HomeController {

    private final List<HomeWidget> widgets;

    HomeController(List<HomeWidget> widgets) {
        this.widgets = widgets.stream().sorted(Comparator.comparingInt(HomeWidget::order)).toList();
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("panels", widgets.stream().map(HomeWidget::panel).flatMap(Optional::stream).toList());
        return "home";
    }
}
