package dev.roster.enrollment.web.pages;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the browser pages from {@code classpath:/static/}: the front page at {@code /}, pages at
 * {@code /*.html} and their scripts, styles and images under {@code /assets/}. Nothing else of the
 * class path is reachable, and every other address keeps answering a 404 problem (Spring Boot's
 * catch-all static mapping stays off, {@code spring.web.resources.add-mappings: false}), so a mistyped
 * API path never turns into a file lookup and POST to an unknown path stays 404, not 405.
 *
 * <p>The files carry no version in their names, so browsers revalidate them ({@code no-cache}, with
 * the Last-Modified the handler sends) rather than keep a stale page after a deployment. Security
 * headers (CSP, nosniff, no-referrer, frame denial) are added for every response by the security
 * configuration, these included.
 */
@Configuration(proxyBeanMethods = false)
class StaticPagesConfiguration implements WebMvcConfigurer {

    static final String LOCATION = "classpath:/static/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/*.html", "/favicon.ico")
                .addResourceLocations(LOCATION)
                .setCacheControl(CacheControl.noCache());
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(LOCATION + "assets/")
                .setCacheControl(CacheControl.noCache());
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/").setViewName("forward:/index.html");
    }
}
