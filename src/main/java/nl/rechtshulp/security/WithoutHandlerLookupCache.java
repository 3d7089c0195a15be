package nl.rechtshulp.security;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.security.web.context.AbstractSecurityWebApplicationInitializer;

/**
 * Takes Spring Security's filter chain out of the wrapper that looks up Spring MVC's handler for every call.
 *
 * <p>With Spring MVC present, Spring Security puts a filter in front of its chain that finds the MVC handler of
 * each request and keeps it for MVC request matchers and MVC-derived CORS rules. This product matches paths with
 * path patterns and has no CORS rules, so nothing reads that result; finding it cost about 5% of the server's work
 * per call, most of it for calls to {@code /engine-rest}, which no MVC handler serves. The wrapper is recognised by
 * its shape (one constructor argument: the cache filter, then the chain); any other shape is left as it is.
 */
final class WithoutHandlerLookupCache implements BeanFactoryPostProcessor {

    static final String CHAIN = AbstractSecurityWebApplicationInitializer.DEFAULT_FILTER_NAME;
    private static final String WRAPPER = "WebMvcSecurityConfiguration$CompositeFilterChainProxy";
    private static final String CACHE_FILTER = "WebMvcSecurityConfiguration$HandlerMappingIntrospectorCacheFilterFactoryBean";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!(beanFactory instanceof BeanDefinitionRegistry registry) || !registry.containsBeanDefinition(CHAIN)) {
            return;
        }
        BeanDefinition wrapper = registry.getBeanDefinition(CHAIN);
        if (wrapper.getBeanClassName() == null || !wrapper.getBeanClassName().endsWith(WRAPPER)) {
            return;
        }
        ConstructorArgumentValues.ValueHolder filters =
                wrapper.getConstructorArgumentValues().getIndexedArgumentValue(0, null);
        if (filters == null || !(filters.getValue() instanceof java.util.List<?> list) || list.size() != 2
                || !(list.get(0) instanceof BeanDefinition cache) || cache.getBeanClassName() == null
                || !cache.getBeanClassName().endsWith(CACHE_FILTER)
                || !(list.get(1) instanceof BeanDefinition chain)) {
            return;
        }
        registry.removeBeanDefinition(CHAIN);
        registry.registerBeanDefinition(CHAIN, chain);
    }
}
