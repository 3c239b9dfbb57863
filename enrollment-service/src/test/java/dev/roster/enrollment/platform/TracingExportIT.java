package dev.roster.enrollment.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.testsupport.ServiceIT;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * By default traces stay in the service: it traces (every request, log lines carry the ids), but nothing
 * exists that could try to connect anywhere: no span exporter, no meter registry that pushes (the OTLP one is
 * left out of the build). {@link OtlpTraceExportIT} names an endpoint.
 */
@ServiceIT
class TracingExportIT {

    @Autowired ApplicationContext context;
    @Autowired MeterRegistry meters;

    @Test
    void tracesButHasNoSpanExporterAndNoMeterRegistryThatPushes() {
        assertThat(context.getBean(Tracer.class)).isNotSameAs(Tracer.NOOP);
        assertThat(context.getBeansOfType(SpanExporter.class)).isEmpty();
        List<String> registries = meters instanceof CompositeMeterRegistry composite
                ? composite.getRegistries().stream().map(registry -> registry.getClass().getSimpleName()).toList()
                : List.of(meters.getClass().getSimpleName());
        assertThat(registries).isNotEmpty().noneMatch(name -> name.contains("Otlp"));
    }
}
