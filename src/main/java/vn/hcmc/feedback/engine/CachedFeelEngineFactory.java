package vn.hcmc.feedback.engine;

import camundajar.impl.scala.util.Either;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper;

/**
 * The engine's own FEEL engine (feel-scala, same functions, value mappers and results), except that each distinct
 * expression text is parsed once: feel-scala parses every input and output entry of a decision table again at every
 * evaluation, which made the routing table ({@code report-routing.dmn}) ~28% of the CPU samples of each triage job,
 * most of it parsing (docs/report-intake.md). A parsed expression is an immutable syntax tree, shared safely by all
 * threads; the cache holds at most {@value #MAX_EXPRESSIONS} texts (far more than all deployed tables have) and is
 * simply emptied when full. Engine internals: see the upgrade checklist in {@code package-info.java}.
 */
public class CachedFeelEngineFactory implements FeelEngineFactory {

    static final int MAX_EXPRESSIONS = 10_000;

    @Override
    public FeelEngine createInstance() {
        return new ScalaFeelEngine(List.of()) {
            @Override
            protected org.camunda.feel.FeelEngine buildFeelEngine(CustomFunctionTransformer functions,
                                                                  ValueMapper.CompositeValueMapper valueMapper) {
                return new ParseOnceFeelEngine(functions, valueMapper);
            }
        };
    }

    /** feel-scala's engine whose two parse methods (used by every evaluation) remember their results. */
    static final class ParseOnceFeelEngine extends org.camunda.feel.FeelEngine {

        private final Map<String, Either<Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();
        private final Map<String, Either<Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();

        ParseOnceFeelEngine(CustomFunctionTransformer functions, ValueMapper valueMapper) {
            // as ScalaFeelEngine builds it: its functions and value mappers, external (Java) functions disabled
            super(functions, valueMapper, new org.camunda.feel.FeelEngine.Configuration(false),
                    org.camunda.feel.FeelEngine.defaultClock());
        }

        @Override
        public Either<Failure, ParsedExpression> parseExpression(String expression) {
            return cached(expressions, expression, super::parseExpression);
        }

        @Override
        public Either<Failure, ParsedExpression> parseUnaryTests(String expression) {
            return cached(unaryTests, expression, super::parseUnaryTests);
        }

        private static Either<Failure, ParsedExpression> cached(Map<String, Either<Failure, ParsedExpression>> cache,
                String expression, java.util.function.Function<String, Either<Failure, ParsedExpression>> parse) {
            Either<Failure, ParsedExpression> parsed = cache.get(expression);
            if (parsed == null) {
                parsed = parse.apply(expression);
                if (cache.size() >= MAX_EXPRESSIONS) {
                    cache.clear();
                }
                cache.put(expression, parsed);
            }
            return parsed;
        }
    }
}
