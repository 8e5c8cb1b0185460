extension DirectRead {
    /// The candidate as a direct read, when it is one stored scalar of a view frame at a fixed
    /// distance.
    init?(_ candidate: Candidate) {
        guard case .top(let distance) = candidate.frame, candidate.frameKind == .view, candidate.steps.count == 1,
              case .field(let reader) = candidate.steps[0] else { return nil }
        let kind: Kind
        let offset: Int
        switch reader {
        case .text(.stored(let own)): (kind, offset) = (.text, own)
        case .optionalText(.stored(let own)): (kind, offset) = (.optionalText, own)
        case .integer(.stored(let own)): (kind, offset) = (.integer, own)
        case .optionalInteger(.stored(let own)): (kind, offset) = (.optionalInteger, own)
        case .real(.stored(let own)): (kind, offset) = (.real, own)
        case .optionalReal(.stored(let own)): (kind, offset) = (.optionalReal, own)
        case .flag(.stored(let own)): (kind, offset) = (.flag, own)
        case .optionalFlag(.stored(let own)): (kind, offset) = (.optionalFlag, own)
        default: return nil
        }
        self.init(distance: distance, offset: candidate.offset + offset, kind: kind)
    }
}
