package dev.roster.enrollment.web.input;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the {@link ParameterTextGuard} in front of every handler. */
@Configuration(proxyBeanMethods = false)
class InputGuardConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ParameterTextGuard());
    }
}
