package dev.guanxi.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final LayoutModel layoutModel;

    WebConfiguration(LayoutModel layoutModel) {
        this.layoutModel = layoutModel;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(layoutModel).excludePathPatterns("/api/**", "/webjars/**", "/css/**", "/js/**");
    }
}
