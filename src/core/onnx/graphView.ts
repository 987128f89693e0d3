/**
 * Reading and building ONNX graphs for the rewrites: who produces and consumes a tensor, which
 * tensors are constants and their shapes, and small constructors for nodes and tensors. Pure:
 * onnx-proto only.
 */
import { onnx } from 'onnx-proto';

/** The ops that multiply an activation by a weight (float, or dynamically quantized). */
/** A model decoded for a rewrite, or why it could not be. */
export type DecodedModel =
  | { ok: true; model: onnx.ModelProto; graph: onnx.GraphProto; view: GraphView }
  | { ok: false; reason: 'unreadable' | 'noGraph'; detail: string };

/** Decodes model bytes and indexes the graph: the first step of every rewrite and reader here. */
export function decodeModel(modelBytes: Uint8Array): DecodedModel {
  let model: onnx.ModelProto;
  try {
    model = onnx.ModelProto.decode(modelBytes);
  } catch (error) {
    return {
      ok: false,
      reason: 'unreadable',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
  // Decoded messages always carry their repeated fields (empty arrays by default).
  const graph = model.graph as onnx.GraphProto | null;
  if (!graph) return { ok: false, reason: 'noGraph', detail: '' };
  return { ok: true, model, graph, view: new GraphView(graph) };
}

export const MATMULS = new Set(['MatMul', 'MatMulInteger']);

/** Lookups over one graph: who produces a tensor, which tensors are constants, and their shapes. */
export class GraphView {
  private readonly producers = new Map<string, onnx.INodeProto>();
  private readonly consumers = new Map<string, onnx.INodeProto[]>();
  private readonly initializers = new Map<string, onnx.ITensorProto>();

  constructor(private readonly graph: onnx.IGraphProto) {
    for (const n of graph.node ?? []) {
      for (const out of n.output ?? []) this.producers.set(out, n);
      for (const input of n.input ?? [])
        this.consumers.set(input, [...(this.consumers.get(input) ?? []), n]);
    }
    for (const t of graph.initializer ?? []) if (t.name) this.initializers.set(t.name, t);
  }

  /** The node that produces a tensor, if any (graph inputs and initializers have none). */
  producerOf(name: string): onnx.INodeProto | undefined {
    return this.producers.get(name);
  }

  /** The nodes that read a tensor. */
  consumersOf(name: string): onnx.INodeProto[] {
    return this.consumers.get(name) ?? [];
  }

  /** The initializer of that name, if any. */
  initializer(name: string): onnx.ITensorProto | undefined {
    return this.initializers.get(name);
  }

  /** The shape of a constant tensor (initializer, Constant node, or a transposed one), else null. */
  constantDims(name: string | undefined): number[] | null {
    if (!name) return null;
    const init = this.initializers.get(name);
    if (init) return (init.dims ?? []).map(Number);
    const producer = this.producers.get(name);
    if (producer?.opType === 'Constant') {
      const value = producer.attribute?.find((a) => a.name === 'value')?.t;
      return value ? (value.dims ?? []).map(Number) : null;
    }
    // Weight-only quantized exports (ours, QDQ tools) rebuild the weight from int8 + scales.
    if (producer?.opType === 'DequantizeLinear') return this.constantDims(producer.input?.[0]);
    if (producer?.opType === 'Transpose') {
      const dims = this.constantDims(producer.input?.[0]);
      const perm =
        producer.attribute?.find((a) => a.name === 'perm')?.ints?.map(Number) ??
        dims?.map((_, i, all) => all.length - 1 - i);
      return dims && perm ? perm.map((p) => dims[p] ?? 0) : null;
    }
    return null;
  }

  /** The float activation a matmul multiplies (behind the quantizer for MatMulInteger). */
  activationOf(matmul: onnx.INodeProto): string | null {
    const input = matmul.input?.[0];
    if (!input) return null;
    if (matmul.opType !== 'MatMulInteger') return input;
    const quantizer = this.producers.get(input);
    return quantizer?.opType === 'DynamicQuantizeLinear' ? (quantizer.input?.[0] ?? null) : null;
  }

  /** Nodes on some path from tensor `from` to tensor `to` (descendants of one, ancestors of the other). */
  nodesBetween(from: string, to: string): onnx.NodeProto[] {
    const downstream = new Set<onnx.INodeProto>();
    const queue = [from];
    for (let name = queue.shift(); name !== undefined; name = queue.shift())
      for (const n of this.consumers.get(name) ?? [])
        if (!downstream.has(n)) {
          downstream.add(n);
          queue.push(...(n.output ?? []));
        }
    const upstream = new Set<onnx.INodeProto>();
    const back = [to];
    for (let name = back.shift(); name !== undefined; name = back.shift()) {
      const n = this.producers.get(name);
      if (n && !upstream.has(n)) {
        upstream.add(n);
        back.push(...(n.input ?? []));
      }
    }
    return (this.graph.node ?? []).filter(
      (n) => downstream.has(n) && upstream.has(n),
    ) as onnx.NodeProto[];
  }

  /** The closest matmul above a tensor whose constant weight fits `weightFits` (breadth-first). */
  nearestMatMulAbove(
    name: string,
    weightFits: (dims: number[]) => boolean,
  ): onnx.INodeProto | null {
    const seen = new Set<string>();
    const queue = [name];
    for (
      let current = queue.shift();
      current !== undefined && seen.size < 64;
      current = queue.shift()
    ) {
      if (seen.has(current)) continue;
      seen.add(current);
      const n = this.producers.get(current);
      if (!n) continue;
      const weight = this.constantDims(n.input?.[1]);
      if (MATMULS.has(n.opType ?? '') && weight && weightFits(weight)) return n;
      for (const input of n.input ?? []) if (!this.constantDims(input)) queue.push(input);
    }
    return null;
  }
}

/** A node with integer attributes, named after its first output. */
export function node(
  opType: string,
  input: string[],
  output: string[],
  ints: Record<string, number> = {},
): onnx.NodeProto {
  return onnx.NodeProto.create({
    opType,
    input,
    output,
    name: `cloze_${opType}_${output[0]}`,
    attribute: Object.entries(ints).map(([name, i]) =>
      onnx.AttributeProto.create({ name, i, type: onnx.AttributeProto.AttributeType.INT }),
    ),
  });
}

/** An int64 constant tensor. */
export function int64Tensor(name: string, values: number[], dims: number[]): onnx.TensorProto {
  return onnx.TensorProto.create({
    name,
    dims,
    dataType: onnx.TensorProto.DataType.INT64,
    rawData: new Uint8Array(BigInt64Array.from(values.map(BigInt)).buffer),
  });
}

/** A tensor declaration for graph inputs and outputs, with symbolic or fixed dims. */
export function valueInfo(
  name: string,
  elemType: number,
  dims: Array<string | number>,
): onnx.ValueInfoProto {
  return onnx.ValueInfoProto.create({
    name,
    type: {
      tensorType: {
        elemType,
        shape: {
          dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })),
        },
      },
    },
  });
}
