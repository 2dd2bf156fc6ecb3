package dev.guanxi.web;

import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.recyclebin.RecycleBinSource;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The recycle bin (回收站): deleted records the user can see, grouped by kind, each restorable. */
@Controller
class RecycleBinController {

    private final List<RecycleBinSource> sources;

    RecycleBinController(List<RecycleBinSource> sources) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(RecycleBinSource::order)).toList();
    }

    @GetMapping("/recycle-bin")
    String list(Model model) {
        model.addAttribute("sections", sources.stream()
                .map(source -> new Section(source.kind(), source.headingKey(), source.deleted(200)))
                .toList());
        return "recycle-bin";
    }

    @PostMapping("/recycle-bin/{kind}/{id}/restore")
    String restore(@PathVariable String kind, @PathVariable UUID id, RedirectAttributes redirect) {
        RecycleBinSource source = sources.stream().filter(s -> s.kind().equals(kind)).findFirst()
                .orElseThrow(NotFoundException::new);
        source.restore(id);
        redirect.addFlashAttribute("flash", "flash.restored");
        return "redirect:/recycle-bin";
    }

    record Section(String kind, String headingKey, List<RecycleBinSource.DeletedRecord> records) {
    }
}
