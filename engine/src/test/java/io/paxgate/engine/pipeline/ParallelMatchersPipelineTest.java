package io.paxgate.engine.pipeline;

/**
 * Every {@link PipelineTest} case again with the matchers as stages of their own: board, then names,
 * documents and rules side by side, then the decision.
 */
class ParallelMatchersPipelineTest extends PipelineTest {
    @Override
    Pipeline.Shape shape() {
        return new Pipeline.Shape(64, "blocking", 2, true);
    }
}
